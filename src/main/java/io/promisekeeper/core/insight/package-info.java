/** Figures about how well promises are kept, computed from promises and plain ticket facts. */
package io.promisekeeper.core.insight;
