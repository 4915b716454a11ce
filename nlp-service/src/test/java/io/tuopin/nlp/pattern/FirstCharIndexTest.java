package io.tuopin.nlp.pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FirstCharIndexTest {
    @Test
    void itemsOfAFirstCharacterKeepTheOrderGiven() {
        List<String> words = List.of("贫困村", "户", "贫困户", "元", "贫困");
        FirstCharIndex<String> index = new FirstCharIndex<>(words, Function.identity(), String[]::new);
        assertArrayEquals(new String[] {"贫困村", "贫困户", "贫困"}, index.startingWith('贫'));
        assertArrayEquals(new String[] {"户"}, index.startingWith('户'));
        assertEquals(0, index.startingWith('县').length);
        assertEquals(0, index.startingWith('\uffff').length);
    }

    @Test
    void bitTableHoldsWhatWasSetUpToItsSize() {
        BitTable bits = new BitTable(130);
        bits.set(0);
        bits.set(64);
        bits.set(129);
        assertTrue(bits.get(0) && bits.get(64) && bits.get(129));
        assertFalse(bits.get(1) || bits.get(63) || bits.get(65) || bits.get(128));
        BitTable chars = BitTable.ofChars();
        chars.set('\uffff');
        assertTrue(chars.get('\uffff'));
        assertFalse(chars.get('\ufffe'));
    }
}
