/**
 * Processes of the organisation ({@code _apis/work/processes}): the system processes (Agile, Scrum, CMMI, Basic)
 * and inherited processes with their work item types, states, fields, rules and behaviours. System processes are
 * read-only; customise an inherited process. Everything is non-null unless its Javadoc says otherwise.
 */
package ado.model.work.process;
