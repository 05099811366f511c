/** The bounds every input path shares: the window a date may lie in, text lengths and what a text may hold. */
package io.promisekeeper.core.input;
