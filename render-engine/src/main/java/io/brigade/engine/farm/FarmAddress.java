package io.brigade.engine.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a submitter finds a farm: the farm's cluster name and one or more of its workers, {@code HOST:PORT}.
 */
public record FarmAddress(String cluster, List<String> members) {

    private static final Pattern MEMBER = Pattern.compile("([^\\s:,]+):(\\d{1,5})");

    public FarmAddress {
        FarmSettings.requireClusterName(cluster);
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("name at least one farm worker as HOST:PORT, e.g. 192.168.1.20:5701");
        }
        for (String member : members) {
            requireMember(member);
        }
    }

    /**
     * The address a person wrote: members separated by commas or spaces, e.g. {@code 10.0.0.5:5701, 10.0.0.6:5701}.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code HOST:PORT}
     */
    public static FarmAddress parse(String cluster, String members) {
        List<String> list = new ArrayList<>();
        for (String member : (members == null ? "" : members).split("[,\\s]+")) {
            if (!member.isEmpty()) {
                list.add(member);
            }
        }
        return new FarmAddress(cluster == null ? "" : cluster.strip(), list);
    }

    /** The members as a person writes them: {@code host-a:5701, host-b:5701}. */
    public String membersText() {
        return String.join(", ", members);
    }

    private static void requireMember(String member) {
        Matcher matcher = MEMBER.matcher(member);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + member + "\" is not HOST:PORT; write a worker's address and port,"
                    + " e.g. 192.168.1.20:5701");
        }
        int port = Integer.parseInt(matcher.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port of \"" + member + "\" must be between 1 and 65535");
        }
    }
}
