import { PanelBottom, PanelLeft, PanelRight } from 'lucide-react';
import { useEffect } from 'react';
import { useT } from '../i18n';
import { panelActions, usePanels } from '../store/sidePanels';
import { IconButton } from './IconButton';

/** Shows or hides the component palette (on a narrow screen the canvas gets its room). */
export function PaletteToggle() {
  const t = useT();
  const shown = usePanels((s) => s.palette);
  return (
    <IconButton
      icon={PanelLeft}
      label={t('panels.palette')}
      onClick={panelActions.togglePalette}
      pressed={shown}
    />
  );
}

/** Shows or hides the properties panel: at the right, or under the canvas on a narrow screen. */
export function InspectorToggle() {
  const t = useT();
  const shown = usePanels((s) => s.inspector);
  const narrow = usePanels((s) => s.narrow);
  return (
    <IconButton
      icon={narrow ? PanelBottom : PanelRight}
      label={t('panels.inspector')}
      onClick={panelActions.toggleInspector}
      pressed={shown}
    />
  );
}

/** The workspace's class: which side panels are hidden. Follows the screen across the narrow breakpoint. */
export function useWorkspaceClass(): string {
  const palette = usePanels((s) => s.palette);
  const inspector = usePanels((s) => s.inspector);
  useEffect(() => panelActions.followScreen(), []);
  return `workspace${palette ? '' : ' is-palette-hidden'}${inspector ? '' : ' is-inspector-hidden'}`;
}
