/**
 * The participation SDK's testkit: the social-services committee's goal-setting pilot as fixtures,
 * and support for tests of processes and rules.
 */
module se.participation.testkit {
  requires transitive se.participation.core;
  requires static org.jspecify;

  exports se.participation.testkit;
}
