package io.brigade.app.farm;

import io.brigade.engine.farm.FarmAddress;
import io.brigade.engine.farm.FarmClient;
import io.brigade.engine.farm.FarmMember;
import io.brigade.engine.farm.FarmUnreachableException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Test Connection: joins the farm as a submitter, lists its workers, leaves. Blocks up to about 10 s. */
public final class FarmProbe {

    private FarmProbe() {
    }

    /**
     * The workers that answered at {@code address}.
     *
     * @throws FarmUnreachableException naming the addresses and what to check, when none answered
     */
    public static List<FarmMember> workers(FarmAddress address, PrintStream warnings) throws FarmUnreachableException {
        try (FarmClient client = FarmClient.connect(address.cluster(), address.members(), warnings)) {
            return client.members();
        }
    }

    /** "2 workers answered: 10.0.0.5:5701 (16 cores), ..." */
    public static String describe(List<FarmMember> workers) {
        String each = workers.stream().map(worker -> worker.address() + " (" + cores(worker) + ")")
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d worker%s answered: %s", workers.size(), workers.size() == 1 ? "" : "s",
                each);
    }

    static String cores(FarmMember worker) {
        return worker.cores() == 0 ? "cores unknown" : worker.cores() + (worker.cores() == 1 ? " core" : " cores");
    }
}
