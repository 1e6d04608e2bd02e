import type { AriaLabelConfig } from '@xyflow/react';
import type { Translate } from '../i18n';

const DIRECTIONS = {
  up: 'canvas.rf.up',
  down: 'canvas.rf.down',
  left: 'canvas.rf.left',
  right: 'canvas.rf.right',
} as const;

/** React Flow's own labels and screen-reader hints, in the current language. */
export function flowAriaLabels(t: Translate): Partial<AriaLabelConfig> {
  return {
    'controls.ariaLabel': t('canvas.rf.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.rf.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.rf.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.rf.fitView'),
    'controls.interactive.ariaLabel': t('canvas.rf.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.rf.handle'),
    'node.a11yDescription.default': t('canvas.rf.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('canvas.rf.nodeHelpKeys'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.rf.nodeMoved', {
        direction: direction in DIRECTIONS ? t(DIRECTIONS[direction as keyof typeof DIRECTIONS]) : direction,
        x,
        y,
      }),
    'edge.a11yDescription.default': t('canvas.rf.edgeHelp'),
  };
}
