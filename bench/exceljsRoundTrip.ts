/** Child process of `npm run bench`: what ExcelJS alone takes to read and write a workbook. */
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input!);
  await wb.xlsx.writeFile(output!);
}
void main();
