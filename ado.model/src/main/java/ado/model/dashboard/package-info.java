/** Team and project dashboards and their widgets. */
package ado.model.dashboard;
