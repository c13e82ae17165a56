/** An element carrying this attribute is left blank in the picture (the export control, showing its busy state). */
export const EXPORT_OMIT_ATTRIBUTE = 'data-export-omit';
