/**
 * Customer-delight actions: the gestures administrators offer (the catalogue), the monthly limits, the
 * suggestions rules make, and their lifecycle as agents do, dismiss or snooze them.
 */
package io.promisekeeper.core.delight;
