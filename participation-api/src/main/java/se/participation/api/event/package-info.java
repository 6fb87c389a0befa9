/** Events, the sealed hierarchy of what happened to a process; a process is their fold. */
@NullMarked
package se.participation.api.event;

import org.jspecify.annotations.NullMarked;
