package kz.election.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Two leniencies of Jackson that no setting turns off, refused for every JSON the application reads
 * (Spring Boot adds every Module bean to its ObjectMapper): a date written as an array
 * ({@code [2026,10,1]}, which java.time's deserializers accept beside the ISO text), and an enum name
 * with spaces or control characters around it ({@code "DISTRICT\u0000"}, which the enum deserializer
 * trims away), and a blank string read as no value. Each is an integration's mistake and is named as
 * the field's error, not guessed.
 */
@Component
public class StrictJsonModule extends SimpleModule {

    public StrictJsonModule() {
        super("strict-json");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumNames(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new DatesAsText(deserializer)
                        : deserializer;
            }
        });
    }

    /**
     * A blank string is not an empty one: Jackson would read " " or "\u0000" (whatever String.trim
     * removes) as no value for a number, date or enum field; here it is a value of the wrong form.
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        if (context.getOwner() instanceof ObjectMapper mapper) {
            for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                    LogicalType.DateTime, LogicalType.Enum)) {
                mapper.coercionConfigFor(type).setAcceptBlankAsEmpty(false);
            }
        }
    }

    /** An enum name exactly as written: what String.trim would remove makes it an unknown name. */
    static final class ExactEnumNames extends DelegatingDeserializer {

        ExactEnumNames(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnumNames(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.isEmpty() && !text.equals(text.trim())) {
                    return context.handleWeirdStringValue(handledType(), text,
                            "has spaces or control characters around the name");
                }
            }
            return super.deserialize(p, context);
        }
    }

    /** Dates and times only as ISO text, such as "2026-10-01", never as an array of numbers. */
    static final class DatesAsText extends DelegatingDeserializer {

        DatesAsText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new DatesAsText(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.isExpectedStartArrayToken()) {
                return context.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, context);
        }
    }
}
