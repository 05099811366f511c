/** What happens on a ticket, told to the domain: promises kept or broken by themselves, promises suggested. */
package io.promisekeeper.core.activity;
