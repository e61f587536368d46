/** What was given or sold to the DPRK. */
export const AID_COMMODITIES = ['rice', 'material-rubber', 'emergency-aid', 'flood-relief'] as const;

/** Whether a record is aid Vietnam gave, or a sale North Korea did not pay for. */
export const AID_FLOWS = ['aid', 'unpaid-sale'] as const;
