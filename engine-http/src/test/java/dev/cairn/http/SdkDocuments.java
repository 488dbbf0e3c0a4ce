package dev.cairn.http;

import software.amazon.awssdk.core.document.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between the SDK's {@link Document} (WebAuthn options and credentials travel as documents) and plain Java maps and lists. */
final class SdkDocuments {

    private SdkDocuments() {
    }

    static Object toJava(Document d) {
        if (d == null || d.isNull()) return null;
        if (d.isMap()) {
            Map<String, Object> m = new LinkedHashMap<>();
            d.asMap().forEach((k, v) -> m.put(k, toJava(v)));
            return m;
        }
        if (d.isList()) return d.asList().stream().map(SdkDocuments::toJava).toList();
        if (d.isNumber()) return d.asNumber().longValue();
        if (d.isBoolean()) return d.asBoolean();
        return d.asString();
    }

    @SuppressWarnings("unchecked")
    static Document toDocument(Object o) {
        if (o == null) return Document.fromNull();
        if (o instanceof Map<?, ?> m) {
            Map<String, Document> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, toDocument(v)));
            return Document.fromMap(out);
        }
        if (o instanceof List<?> l) return Document.fromList(l.stream().map(SdkDocuments::toDocument).toList());
        if (o instanceof Boolean b) return Document.fromBoolean(b);
        if (o instanceof Number n) return Document.fromNumber(n.longValue());
        return Document.fromString(o.toString());
    }
}
