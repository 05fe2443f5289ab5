/** Pipelines: runs, approvals, checks and pipeline permissions. Everything is non-null unless its Javadoc says otherwise. */
package ado.model.pipelines;
