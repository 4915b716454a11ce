package io.tuopin.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes 380000000 rather than 3.8E+8, whatever the ObjectMapper's settings. */
public final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
    public PlainDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        BigDecimal stripped = value.stripTrailingZeros();
        gen.writeNumber(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
}
