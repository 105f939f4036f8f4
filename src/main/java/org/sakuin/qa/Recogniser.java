package org.sakuin.qa;

import java.util.Optional;

/** Finds, in one sentence, a span of the kind a question asks for (a country, a date, an organisation …). */
@FunctionalInterface
interface Recogniser {

    Optional<String> in(String sentence);
}
