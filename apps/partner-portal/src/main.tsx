import { startSpa } from '@partnerkit/ui';
import { App } from './App';

startSpa('portal', App);
