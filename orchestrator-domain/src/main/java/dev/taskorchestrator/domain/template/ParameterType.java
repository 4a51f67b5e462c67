package dev.taskorchestrator.domain.template;

import dev.taskorchestrator.domain.common.WireValue;
import dev.taskorchestrator.domain.common.WireValues;

/** The kinds of value a template parameter takes. */
public enum ParameterType implements WireValue {
    STRING, NUMBER, INTEGER, BOOLEAN, ARRAY, OBJECT;

    @Override
    public String wire() {
        return WireValues.wireOf(this);
    }
}
