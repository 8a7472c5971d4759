/**
 * The elements no first screen needs (the welcome and the first lesson do not; a first-lesson
 * page that uses one waits for them, see `needsLaterPart`): the package loads them in
 * course-later.js right after the first screen renders. Tests that render these screens import
 * this file.
 */
import '../components/pir-assessment-intro/pir-assessment-intro.js';
import '../components/pir-case/pir-case.js';
import '../components/pir-certificate/pir-certificate.js';
import '../components/pir-figure/pir-figure.js';
import '../components/pir-glossary/pir-glossary.js';
import '../components/pir-matching/pir-matching.js';
import '../components/pir-ordering/pir-ordering.js';
import '../components/pir-references/pir-references.js';
import '../components/pir-reflection/pir-reflection.js';
import '../components/pir-results/pir-results.js';
import '../components/pir-reveal/pir-reveal.js';
import './later-screen-templates.js';
