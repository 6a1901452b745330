/** Publications the cost parameters cite (see docs/calibration.md §3). */
export const DALL16 = "Dall et al., ARM Virtualization: Performance and Architectural Implications, ISCA'16, Table II";
export const DALL17 = "Dall et al., The Design, Implementation, and Evaluation of Hardware Support for Virtualization on ARM, ATC'17, Table 2";
