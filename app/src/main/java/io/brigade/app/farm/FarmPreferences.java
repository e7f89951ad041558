package io.brigade.app.farm;

import io.brigade.engine.farm.FarmAddress;
import io.brigade.engine.farm.FarmSettings;
import java.util.Objects;

/**
 * Where final renders run: on this computer's cores, or on a render farm. The farm's cluster name and members
 * are kept as written, also while this computer is chosen, so switching back finds them again.
 *
 * @param onFarm  true to render on the farm
 * @param cluster the farm's cluster name, as the workers were started with ({@code --cluster})
 * @param members one or more workers, {@code HOST:PORT}, separated by commas
 */
public record FarmPreferences(boolean onFarm, String cluster, String members) {

    public FarmPreferences {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(members, "members");
        if (onFarm) {
            FarmAddress.parse(cluster, members); // refuses an address a farm render could not use, saying why
        }
    }

    /** This computer; the farm fields prefilled with a farm of workers on this machine. */
    public static FarmPreferences thisComputer() {
        return new FarmPreferences(false, FarmSettings.DEFAULT_CLUSTER,
                FarmSettings.LOOPBACK + ":" + FarmSettings.DEFAULT_PORT);
    }

    /** The farm's address as written; throws {@link IllegalArgumentException} naming what is wrong. */
    public FarmAddress address() {
        return FarmAddress.parse(cluster, members);
    }
}
