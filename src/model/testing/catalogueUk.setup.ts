// Tests read the catalogue's help texts and descriptions too (they load with the palette and inspector).
import '../catalogue/descriptions';
import '../catalogue/help';
import { CATALOGUE_UK } from '../catalogue/uk';
import { installCatalogueUk } from '../localText';

installCatalogueUk(CATALOGUE_UK);
