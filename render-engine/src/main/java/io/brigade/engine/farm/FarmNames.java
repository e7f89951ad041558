package io.brigade.engine.farm;

/** The names of the farm's distributed objects. Values are byte arrays in {@link Wire} form. */
final class FarmNames {

    /** Job id to its manifest; a job is live while its entry exists, and removing it cancels it everywhere. */
    static final String JOBS = "brigade.jobs";
    /** {@code jobId/sha256} to an asset's bytes, fetched once per job by each worker. */
    static final String ASSETS = "brigade.assets";
    /** Chunks waiting for a worker, of every job; idle workers pull from it. */
    static final String TASKS = "brigade.tasks";

    private FarmNames() {
    }

    /** The queue a job's workers report to and its submitter reads. */
    static String results(String jobId) {
        return "brigade.results." + jobId;
    }

    /** The first 8 characters of a job's id, as the lines workers print and thread names show it. */
    static String shortId(String jobId) {
        return jobId.length() > 8 ? jobId.substring(0, 8) : jobId;
    }

    static String asset(String jobId, String sha256) {
        return jobId + "/" + sha256;
    }
}
