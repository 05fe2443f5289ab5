/** Lazy pagers behind {@code ado.core.Paging} (not exported): continuation tokens and offsets. */
package ado.core.internal.paging;
