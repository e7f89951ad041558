package io.brigade.engine.farm;

import com.hazelcast.cluster.Member;

/**
 * A worker in a farm as the submitter sees it.
 *
 * @param address {@code host:port}, as the worker's lanes and messages name it
 * @param cores   the worker machine's cores; 0 when the worker did not say
 * @param slots   the frames it renders at once; 0 when the worker did not say
 */
public record FarmMember(String address, int cores, int slots) {

    /** Member attributes a worker announces itself with. */
    static final String CORES = "brigade.cores";
    static final String SLOTS = "brigade.slots";

    static FarmMember of(Member member) {
        return new FarmMember(member.getAddress().getHost() + ":" + member.getAddress().getPort(),
                count(member.getAttribute(CORES)), count(member.getAttribute(SLOTS)));
    }

    /** A worker known only from its reports (it joined after the job began and its attributes were not read). */
    static FarmMember unannounced(String address) {
        return new FarmMember(address, 0, 0);
    }

    private static int count(String attribute) {
        try {
            return attribute == null ? 0 : Math.max(0, Integer.parseInt(attribute));
        } catch (NumberFormatException e) {
            return 0; // a member of some other making: it says nothing we can read
        }
    }
}
