package io.tuopin.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Region writes out equals and hashCode for speed: they must be what the JDK generates for the record. */
class RegionTest {
    private static final String[] VALUES = {"620122", "620100", "皋兰县", "兰州市", "county", "prefecture", null};

    @Test
    void equalsAndHashCodeAreTheRecordsOwn() throws Throwable {
        MethodHandle generatedEquals = generated("equals", MethodType.methodType(boolean.class, Region.class, Object.class));
        MethodHandle generatedHash = generated("hashCode", MethodType.methodType(int.class, Region.class));
        Random random = new Random(3);
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            regions.add(randomRegion(random));
        }
        for (Region a : regions) {
            assertEquals((int) generatedHash.invoke(a), a.hashCode(), a::toString);
            for (int k = 0; k < 40; k++) {
                Region b = regions.get(random.nextInt(regions.size()));
                assertEquals((boolean) generatedEquals.invoke(a, b), a.equals(b), () -> a + " vs " + b);
            }
            Region copy = new Region(a.code(), a.name(), a.level(), a.parentCode(), List.copyOf(a.shortNames()),
                    List.copyOf(a.oldNames()), List.copyOf(a.oldCodes()));
            assertEquals(true, a.equals(copy));
            assertEquals(false, a.equals("620122"));
        }
    }

    private static MethodHandle generated(String name, MethodType type) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Region.class, MethodHandles.lookup());
        RecordComponent[] components = Region.class.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) {
            getters[i] = lookup.unreflect(components[i].getAccessor());
        }
        String names = String.join(";", Arrays.stream(components).map(RecordComponent::getName).toList());
        return ((CallSite) ObjectMethods.bootstrap(lookup, name, type, Region.class, names, getters)).dynamicInvoker();
    }

    private static Region randomRegion(Random random) {
        return new Region(pick(random), pick(random), pick(random), pick(random), names(random), names(random),
                names(random));
    }

    private static String pick(Random random) {
        return VALUES[random.nextInt(VALUES.length)];
    }

    private static List<String> names(Random random) {
        return random.nextBoolean() ? List.of() : List.of(VALUES[random.nextInt(4)]);
    }
}
