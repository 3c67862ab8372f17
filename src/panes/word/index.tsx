/** Entry of word.html. */
import { mountPane } from "../common/mountPane";
import { WordApp } from "./WordApp";

mountPane(<WordApp />);
