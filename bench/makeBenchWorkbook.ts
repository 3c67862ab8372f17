/** Child process of `npm run bench`: writes a pilot workbook with N contracts to a file. */
import { buildPilotWorkbook } from "../scripts/sampleWorkbook";
import { BENCH_INDICATORS, BENCH_SEMESTERS } from "./benchGrids";

async function main(): Promise<void> {
  const [contracts, output] = process.argv.slice(2);
  const wb = buildPilotWorkbook({
    contracts: Number(contracts),
    semesters: BENCH_SEMESTERS,
    indicators: BENCH_INDICATORS,
  });
  await wb.xlsx.writeFile(output!);
}
void main();
