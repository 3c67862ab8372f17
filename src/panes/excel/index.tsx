/** Entry of excel.html: render at once; Office (or browser mode) is detected afterwards. */
import { mountPane } from "../common/mountPane";
import { ExcelApp } from "./ExcelApp";

mountPane(<ExcelApp />);
