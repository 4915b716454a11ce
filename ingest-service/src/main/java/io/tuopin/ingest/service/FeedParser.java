package io.tuopin.ingest.service;

import io.tuopin.ingest.domain.Feed;
import io.tuopin.ingest.domain.FeedItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads RSS 2.0 (and 1.0) and Atom documents with the JDK parser, DOCTYPEs and external entities refused. */
public final class FeedParser {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z][^>]*>");

    private FeedParser() {
    }

    /** @throws IOException the document is not a well-formed RSS or Atom feed */
    public static Feed parse(byte[] xml) throws IOException {
        Element root = document(xml).getDocumentElement();
        String name = root.getLocalName();
        if ("feed".equals(name) && ATOM_NS.equals(root.getNamespaceURI())) {
            return atom(root);
        }
        if ("rss".equals(name) || "RDF".equals(name)) {
            return rss(root);
        }
        throw new IOException("not an RSS or Atom feed: the root element is <" + root.getTagName() + ">");
    }

    private static Feed rss(Element root) {
        // RSS 2.0 elements have no namespace, RSS 1.0 ones have the RSS 1.0 namespace: use the element's own
        Node channel = root.getElementsByTagNameNS("*", "channel").item(0);
        List<FeedItem> items = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", "item");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element item = (Element) nodes.item(i);
            String ns = item.getNamespaceURI();
            String content = firstNonBlank(text(item, CONTENT_NS, "encoded"), text(item, ns, "description"));
            String link = firstNonBlank(text(item, ns, "link"), permalinkGuid(item, ns));
            String date = firstNonBlank(text(item, ns, "pubDate"), text(item, DC_NS, "date"));
            items.add(new FeedItem(text(item, ns, "title"), link, PublishedDates.toIsoDate(date).orElse(null),
                    content, content != null && HTML_TAG.matcher(content).find()));
        }
        String title = channel instanceof Element element ? text(element, element.getNamespaceURI(), "title") : null;
        return new Feed(title, items);
    }

    private static Feed atom(Element root) {
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : children(root, ATOM_NS, "entry")) {
            Element content = firstNonNull(firstChild(entry, ATOM_NS, "content"), firstChild(entry, ATOM_NS, "summary"));
            String type = content == null ? "text" : content.getAttribute("type");
            String date = firstNonBlank(text(entry, ATOM_NS, "published"), text(entry, ATOM_NS, "updated"));
            items.add(new FeedItem(text(entry, ATOM_NS, "title"), atomLink(entry),
                    PublishedDates.toIsoDate(date).orElse(null),
                    content == null ? null : content.getTextContent().strip(),
                    "html".equals(type) || "xhtml".equals(type)));
        }
        return new Feed(text(root, ATOM_NS, "title"), items);
    }

    private static String atomLink(Element entry) {
        for (Element link : children(entry, ATOM_NS, "link")) {
            String rel = link.getAttribute("rel");
            if (rel.isEmpty() || "alternate".equals(rel)) {
                return blankToNull(link.getAttribute("href"));
            }
        }
        String id = text(entry, ATOM_NS, "id");
        return id != null && id.startsWith("http") ? id : null;
    }

    private static String permalinkGuid(Element item, String namespace) {
        Element guid = firstChild(item, namespace, "guid");
        if (guid == null || "false".equals(guid.getAttribute("isPermaLink"))) {
            return null;
        }
        String value = guid.getTextContent().strip();
        return value.startsWith("http") ? value : null;
    }

    private static Document document(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fail without printing to stderr
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a safety feature", e);
        } catch (SAXException e) {
            throw new IOException("the feed is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Direct children with this local name; {@code namespace} null matches elements without a namespace. */
    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && (namespace == null ? element.getNamespaceURI() == null : namespace.equals(element.getNamespaceURI()))) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element firstChild(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String namespace, String localName) {
        Element child = firstChild(parent, namespace, localName);
        return child == null ? null : blankToNull(child.getTextContent().strip());
    }

    private static String firstNonBlank(String first, String second) {
        return first != null ? first : second;
    }

    private static Element firstNonNull(Element first, Element second) {
        return first != null ? first : second;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
