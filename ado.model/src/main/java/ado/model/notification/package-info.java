/** Notification subscriptions. */
package ado.model.notification;
