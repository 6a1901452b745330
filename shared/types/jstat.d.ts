// The part of jstat (1.9.6, no bundled types) irqscale uses: Student's t distribution.
declare module "jstat" {
  const jstat: {
    jStat: { studentt: { cdf(t: number, df: number): number; inv(p: number, df: number): number } };
  };
  export default jstat;
}
