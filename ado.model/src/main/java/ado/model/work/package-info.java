/**
 * Agile planning of a team: team settings, sprints (team iterations), area paths (team field values), days off,
 * capacity, and Kanban boards with their columns, swimlanes and card settings. Everything is non-null unless its
 * Javadoc says otherwise.
 */
package ado.model.work;
