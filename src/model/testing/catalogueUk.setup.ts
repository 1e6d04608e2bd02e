import { CATALOGUE_UK } from '../catalogue/uk';
import { installCatalogueUk } from '../localText';

installCatalogueUk(CATALOGUE_UK);
