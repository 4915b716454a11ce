package io.tuopin.nlp.text;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Node;

/**
 * Depth-first walk of a jsoup tree without recursion, so that no nesting depth can overflow the
 * stack: {@code enter} is called on every node reached and says whether to go into its children;
 * {@code leave} is called after the children of every node entered that way.
 */
final class TreeWalk {
    private TreeWalk() {
    }

    static void depthFirst(Node root, Predicate<Node> enter, Consumer<Node> leave) {
        Node node = root;
        while (node != null) {
            if (enter.test(node)) {
                if (node.childNodeSize() > 0) {
                    node = node.childNode(0);
                    continue;
                }
                leave.accept(node);
            }
            node = next(root, node, leave);
        }
    }

    /** The next sibling of the node or of its nearest ancestor that has one, leaving each ancestor passed. */
    private static Node next(Node root, Node node, Consumer<Node> leave) {
        Node current = node;
        while (current != root && current.nextSibling() == null) {
            current = current.parent();
            leave.accept(current);
        }
        return current == root ? null : current.nextSibling();
    }
}
