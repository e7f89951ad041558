package io.brigade.engine.farm;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;

import java.io.PrintStream;
import java.util.List;

/**
 * A submitter's connection to a farm: a Hazelcast client of the named cluster, reached through any of the
 * given members. Jobs are submitted through {@link #source}; close it after the jobs have ended.
 */
public final class FarmClient implements AutoCloseable {

    private final HazelcastInstance hazelcast;

    private FarmClient(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /**
     * Connects to the farm, giving up after about 10 seconds.
     *
     * @param members {@code HOST:PORT} of one or more workers
     * @throws FarmUnreachableException when no member of that cluster answers
     */
    public static FarmClient connect(String clusterName, List<String> members, PrintStream err)
            throws FarmUnreachableException {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("name at least one farm member, HOST:PORT");
        }
        HazelcastLogging.routeWarningsTo(err);
        try {
            return new FarmClient(HazelcastClient.newHazelcastClient(HazelcastConfigs.client(clusterName, members,
                    FarmSettings.DEFAULT_LOST_AFTER_SECONDS)));
        } catch (IllegalStateException e) { // Hazelcast's "Unable to connect to any cluster"
            throw new FarmUnreachableException("no worker of cluster \"" + clusterName + "\" answered at "
                    + String.join(", ", members) + " (are the workers started with --cluster " + clusterName
                    + " and reachable from here?)", e);
        }
    }

    /** The workers in the farm now. */
    public int memberCount() {
        return hazelcast.getCluster().getMembers().size();
    }

    /** The workers in the farm now, in the cluster's order (the oldest first). */
    public List<FarmMember> members() {
        return hazelcast.getCluster().getMembers().stream().map(FarmMember::of).toList();
    }

    /** The frames of {@code job} rendered on the farm, in chunks of {@code chunkSize} frames. */
    public FarmRender source(FarmJob job, int chunkSize, int chunkRetries) {
        return source(job, chunkSize, chunkRetries, FarmStatus.Listener.NONE);
    }

    /** As {@link #source(FarmJob, int, int)}, telling {@code listener} what each worker does for the job. */
    public FarmRender source(FarmJob job, int chunkSize, int chunkRetries, FarmStatus.Listener listener) {
        return new FarmRender(hazelcast, job, chunkSize, chunkRetries, listener);
    }

    HazelcastInstance hazelcast() {
        return hazelcast;
    }

    @Override
    public void close() {
        hazelcast.shutdown();
    }
}
