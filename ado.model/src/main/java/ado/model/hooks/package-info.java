/** Service hooks: subscriptions, publishers with their event types, and consumers with their actions. */
package ado.model.hooks;
