/** Finding promises hidden in agents' comments, to suggest them; never to log them silently. */
package io.promisekeeper.core.detect;
