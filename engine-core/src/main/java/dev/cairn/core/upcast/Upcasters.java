package dev.cairn.core.upcast;

import java.util.List;

/** Every upcaster of the log. A revision added to an {@code @EventType} adds its step here. */
public final class Upcasters {

    private Upcasters() {
    }

    public static final List<Upcaster> ALL = PoolEventsWithoutWireTypes.STEPS;
}
