package io.brigade.engine.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a worker joins a farm.
 *
 * @param clusterName      the farm's name; members and submitters of other names never meet it
 * @param bindAddress      the one interface the worker listens on (loopback unless the user names another)
 * @param port             the first port tried; the next four are tried when it is taken
 * @param members          the explicit member list, {@code HOST:PORT} or {@code HOST:PORT-PORT}; no multicast
 * @param lostAfterSeconds how long a silent member may go before it counts as lost and its chunks are requeued
 */
public record FarmSettings(String clusterName, String bindAddress, int port, List<String> members,
                           int lostAfterSeconds) {

    public static final String DEFAULT_CLUSTER = "brigade";
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 5701;
    /** Requeues a lost worker's chunks within 10 s: 8 s of silence, then at most a heartbeat and an event. */
    public static final int DEFAULT_LOST_AFTER_SECONDS = 8;
    static final int PORTS_TRIED = 5;
    private static final Pattern PORT_RANGE = Pattern.compile("(.+):(\\d{1,5})-(\\d{1,5})");
    private static final int MAX_PORT_RANGE = 100;
    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public FarmSettings {
        requireClusterName(clusterName);
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("the bind address is empty; give an IP address of this machine");
        }
        if (port < 1 || port > 65535 - PORTS_TRIED) {
            throw new IllegalArgumentException("port must be between 1 and " + (65535 - PORTS_TRIED) + ", got " + port);
        }
        members = expandPortRanges(members.isEmpty()
                ? List.of(bindAddress + ":" + DEFAULT_PORT + "-" + (DEFAULT_PORT + PORTS_TRIED - 1)) : members);
        if (lostAfterSeconds < 2 || lostAfterSeconds > 600) {
            throw new IllegalArgumentException("lost-after must be between 2 and 600 seconds, got " + lostAfterSeconds);
        }
    }

    /** Loopback, the default port and cluster name, members on this machine's default ports. */
    public static FarmSettings loopback() {
        return new FarmSettings(DEFAULT_CLUSTER, LOOPBACK, DEFAULT_PORT, List.of(), DEFAULT_LOST_AFTER_SECONDS);
    }

    /** {@code HOST:A-B} as {@code HOST:A, ..., HOST:B}: Hazelcast's member list takes single ports only. */
    static List<String> expandPortRanges(List<String> members) {
        List<String> expanded = new ArrayList<>();
        for (String member : members) {
            Matcher range = PORT_RANGE.matcher(member.strip());
            if (!range.matches()) {
                expanded.add(member.strip());
                continue;
            }
            int from = Integer.parseInt(range.group(2));
            int to = Integer.parseInt(range.group(3));
            if (to < from || to - from >= MAX_PORT_RANGE) {
                throw new IllegalArgumentException("the port range of " + member + " must be ascending and at most "
                        + MAX_PORT_RANGE + " ports");
            }
            for (int port = from; port <= to; port++) {
                expanded.add(range.group(1) + ":" + port);
            }
        }
        return List.copyOf(expanded);
    }

    static void requireClusterName(String name) {
        if (name == null || !CLUSTER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a cluster name is 1-64 letters, digits, '.', '_' or '-', got \""
                    + name + "\"");
        }
    }
}
