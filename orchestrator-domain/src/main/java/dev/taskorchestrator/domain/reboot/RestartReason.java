package dev.taskorchestrator.domain.reboot;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** Why a restart was asked for; kept with the restart's record. */
public enum RestartReason implements WireValue {
    CONFIGURATION_UPDATE, SCHEMA_MIGRATION, ERROR_RECOVERY, MANUAL_REQUEST, EMERGENCY_SHUTDOWN;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}
