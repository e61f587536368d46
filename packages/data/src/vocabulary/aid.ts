/** What was given or sold to the DPRK. */
export const AID_COMMODITIES = ['rice', 'material-rubber', 'emergency-aid', 'flood-relief'] as const;

/**
 * Who received the aid or bought the rice: one value to filter on, however the article words it
 * (“the DPRK”, “North Korea”, “the North Asian nation”; the words stay in the quote).
 */
export const AID_RECIPIENTS = ['dprk'] as const;

/** Whether a record is aid Vietnam gave, or a sale North Korea did not pay for. */
export const AID_FLOWS = ['aid', 'unpaid-sale'] as const;
