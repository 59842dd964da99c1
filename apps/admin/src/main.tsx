import { startSpa } from '@partnerkit/ui';
import { App } from './App';

startSpa('admin', App);
