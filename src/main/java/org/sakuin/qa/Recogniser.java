package org.sakuin.qa;

import java.util.List;

/**
 * Finds, in one sentence, the spans of the kind a question asks for (a country, a date, an organisation …), in
 * the order they are written.
 */
@FunctionalInterface
interface Recogniser {

    List<String> in(String sentence);
}
