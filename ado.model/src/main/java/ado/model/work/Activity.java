package ado.model.work;

/**
 * Capacity for one activity.
 *
 * @param capacityPerDay hours a day, or {@code null}
 * @param name           the activity, such as {@code Development}; {@code ""} or {@code null} for any
 */
public record Activity(Double capacityPerDay, String name) {

    /**
     * Checks the capacity.
     *
     * @param capacityPerDay hours a day, or {@code null}
     * @param name           the activity, such as {@code Development}; {@code ""} or {@code null} for any
     * @throws IllegalArgumentException if {@code capacityPerDay} is negative or NaN
     */
    public Activity {
        if (capacityPerDay != null && (capacityPerDay < 0 || capacityPerDay.isNaN())) {
            throw new IllegalArgumentException("capacityPerDay must be >= 0: " + capacityPerDay);
        }
    }
}
