package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.Ids;

/** A server instance's id: {@code srv_} and a short, creation-ordered body. One per {@code serve} process. */
public record InstanceId(String value) {

    public static final String PREFIX = "srv_";

    public InstanceId {
        value = Ids.check(PREFIX, value, "instance_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
