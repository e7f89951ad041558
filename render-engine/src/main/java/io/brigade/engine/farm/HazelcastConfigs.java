package io.brigade.engine.farm;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The Hazelcast configurations of workers (members) and submitters (clients), with the farm's safe
 * defaults: one interface, explicit members, no multicast or cloud discovery, no phone-home, warnings-only
 * logging, and Java deserialization limited to Hazelcast's own classes and the JDK's: every value Brigade puts
 * in the cluster is a byte array or a string, but Hazelcast sends its own exceptions (a partition migrating, a
 * member leaving) Java-serialized, so those must pass. Nothing else, no Brigade class, no library gadget, does.
 */
final class HazelcastConfigs {

    private static final int CLIENT_CONNECT_TIMEOUT_MILLIS = 10_000;

    private HazelcastConfigs() {
    }

    static Config member(FarmSettings settings) {
        String address = ipOf(settings.bindAddress());
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        common(config::setProperty);
        config.setProperty("hazelcast.shutdownhook.enabled", "false"); // the worker leaves in its own order
        config.setProperty("hazelcast.local.localAddress", address);
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(settings.lostAfterSeconds()));
        config.setProperty("hazelcast.client.max.no.heartbeat.seconds", Integer.toString(settings.lostAfterSeconds()));
        config.setProperty("hazelcast.health.monitoring.level", "OFF");
        // Workers started at the same moment on a busy machine may form two clusters at first; heal that in
        // seconds, not Hazelcast's default five minutes.
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        config.getJetConfig().setEnabled(false);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(FarmSettings.PORTS_TRIED);
        network.getInterfaces().setEnabled(true).addInterface(address);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
        config.getSerializationConfig().setJavaSerializationFilterConfig(nothingAllowed());
        return config;
    }

    static ClientConfig client(String clusterName, List<String> members, int lostAfterSeconds) {
        FarmSettings.requireClusterName(clusterName);
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        common(config::setProperty);
        config.getNetworkConfig().setAddresses(members);
        // Notice a silent member as soon as the cluster does, and give up a call to it instead of waiting 2 minutes.
        config.setProperty("hazelcast.client.heartbeat.timeout", Integer.toString(lostAfterSeconds * 1000));
        config.setProperty("hazelcast.client.invocation.timeout.seconds", Integer.toString(2 * lostAfterSeconds));
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(CLIENT_CONNECT_TIMEOUT_MILLIS);
        config.getSerializationConfig().setJavaSerializationFilterConfig(nothingAllowed());
        return config;
    }

    private static void common(BiConsumer<String, String> property) {
        property.accept("hazelcast.phone.home.enabled", "false");
        property.accept("hazelcast.logging.type", HazelcastLogging.LOGGING_TYPE);
    }

    private static JavaSerializationFilterConfig nothingAllowed() {
        return new JavaSerializationFilterConfig().setDefaultsDisabled(true)
                .setWhitelist(new ClassFilter().addPrefixes("com.hazelcast.", "java.", "[Lcom.hazelcast.", "[Ljava.")
                        .addClasses("[B", "[C", "[S", "[I", "[J", "[F", "[D", "[Z"));
    }

    /** Hazelcast's interface filter takes addresses, not names. */
    private static String ipOf(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot bind to " + host + ": unknown host", e);
        }
    }
}
